gazetteSearch.words("ja",[["james",0]]);
