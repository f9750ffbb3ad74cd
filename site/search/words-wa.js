gazetteSearch.words("wa",[["wanted",0],["way",4]]);
