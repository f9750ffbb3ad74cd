gazetteSearch.words("fi",[["fight",4]]);
