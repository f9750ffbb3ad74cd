gazetteSearch.words("wo",[["work",4]]);
