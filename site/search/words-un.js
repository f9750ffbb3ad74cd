gazetteSearch.words("un",[["university",2],["unusually",4]]);
