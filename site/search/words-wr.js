gazetteSearch.words("wr",[["wrong",2]]);
