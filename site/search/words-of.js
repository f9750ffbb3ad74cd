gazetteSearch.words("of",[["of",0,2,2],["officers",0],["officials",0]]);
