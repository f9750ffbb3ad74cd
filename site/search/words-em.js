gazetteSearch.words("em",[["embedding",4],["emergency",0]]);
