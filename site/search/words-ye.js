gazetteSearch.words("ye",[["years",0]]);
