gazetteSearch.words("he",[["help",0,5]]);
