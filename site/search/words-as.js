gazetteSearch.words("as",[["as",2,2],["ask",0],["asking",2]]);
