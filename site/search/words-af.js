gazetteSearch.words("af",[["african",2],["after",0]]);
