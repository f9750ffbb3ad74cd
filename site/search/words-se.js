gazetteSearch.words("se",[["second",2],["see",2],["segarra",0]]);
