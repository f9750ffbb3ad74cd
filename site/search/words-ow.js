gazetteSearch.words("ow",[["owner",2]]);
