gazetteSearch.words("lo",[["local",2]]);
