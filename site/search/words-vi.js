gazetteSearch.words("vi",[["violence",1,2,1],["violent",4]]);
