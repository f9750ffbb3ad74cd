gazetteSearch.words("br",[["bring",0],["bronin",4]]);
