gazetteSearch.words("sa",[["safety",0],["said",0,2,2],["saturday",4]]);
