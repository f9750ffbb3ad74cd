gazetteSearch.words("si",[["since",0]]);
