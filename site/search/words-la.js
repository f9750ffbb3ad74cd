gazetteSearch.words("la",[["labor",0],["lamont",4],["last",0],["law",0],["lawlor",2]]);
