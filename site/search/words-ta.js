gazetteSearch.words("ta",[["taken",2],["task",0,4]]);
