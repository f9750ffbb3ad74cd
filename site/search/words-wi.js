gazetteSearch.words("wi",[["will",0,4],["with",0,3,1],["within",0]]);
