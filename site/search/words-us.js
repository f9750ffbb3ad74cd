gazetteSearch.words("us",[["us",4]]);
