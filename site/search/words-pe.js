gazetteSearch.words("pe",[["pedro",0],["people",2]]);
