gazetteSearch.words("do",[["doc",4],["don",2]]);
