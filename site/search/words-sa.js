gazetteSearch.words("sa",[["said",0,2,2],["saturday",4]]);
