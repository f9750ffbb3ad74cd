gazetteSearch.words("nb",[["nbc",0]]);
