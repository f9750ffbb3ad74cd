gazetteSearch.words("ac",[["acting",4],["activist",2]]);
