gazetteSearch.words("it",[["it",0,2,2],["its",0]]);
