gazetteSearch.words("gr",[["grateful",4]]);
