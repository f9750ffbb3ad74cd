gazetteSearch.words("fa",[["facebook",4]]);
