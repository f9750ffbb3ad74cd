gazetteSearch.words("yo",[["you",4]]);
