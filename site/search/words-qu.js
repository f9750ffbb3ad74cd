gazetteSearch.words("qu",[["quickly",4]]);
