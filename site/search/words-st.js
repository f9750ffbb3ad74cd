gazetteSearch.words("st",[["state",1,4],["statewide",4],["streets",4]]);
