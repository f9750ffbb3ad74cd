gazetteSearch.words("la",[["lamont",4],["last",0],["lawlor",2]]);
