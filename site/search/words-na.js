gazetteSearch.words("na",[["narcotics",4]]);
