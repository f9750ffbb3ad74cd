gazetteSearch.words("ag",[["against",4]]);
