gazetteSearch.words("pu",[["public",0]]);
