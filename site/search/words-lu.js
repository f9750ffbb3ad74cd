gazetteSearch.words("lu",[["luke",4]]);
