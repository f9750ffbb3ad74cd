gazetteSearch.words("to",[["to",1,1,3],["top",0],["tough",0]]);
