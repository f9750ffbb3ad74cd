gazetteSearch.words("we",[["we",0,2,2],["week",0]]);
