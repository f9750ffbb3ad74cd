gazetteSearch.words("an",[["an",0,2,2],["and",2,2],["anything",2]]);
