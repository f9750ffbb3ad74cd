gazetteSearch.words("pa",[["partnership",4],["patrols",3]]);
