gazetteSearch.words("be",[["be",4]]);
