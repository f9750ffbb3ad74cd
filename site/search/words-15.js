gazetteSearch.words("15",[["150",0]]);
