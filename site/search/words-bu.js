gazetteSearch.words("bu",[["but",0,2]]);
