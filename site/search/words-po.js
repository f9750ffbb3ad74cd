gazetteSearch.words("po",[["police",0,5]]);
