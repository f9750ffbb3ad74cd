gazetteSearch.words("tr",[["troopers",4]]);
