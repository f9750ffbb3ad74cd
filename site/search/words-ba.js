gazetteSearch.words("ba",[["back",0,4]]);
