gazetteSearch.words("en",[["enforcement",0]]);
