gazetteSearch.words("zo",[["zoom",4]]);
