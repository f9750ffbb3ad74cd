gazetteSearch.words("ho",[["homicides",0]]);
