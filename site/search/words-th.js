gazetteSearch.words("th",[["that",2,2],["the",0,4],["themselves",2],["there",0,2,2]]);
